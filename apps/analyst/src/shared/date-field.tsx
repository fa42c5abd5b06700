import { TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = Readonly<{
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  max?: string;
  min?: string;
  description?: string;
  testId?: string;
}>;

/** A calendar date (the browser's own date picker), as YYYY-MM-DD. */
export function DateField({ label, value, onChange, error, max, min, description, testId }: Props) {
  return (
    <TextInput
      type="date"
      label={label}
      description={description}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      max={max}
      min={min}
      required
      w={{ base: '100%', xs: 180 }}
      data-testid={testId}
    />
  );
}
