import { createContext, useContext } from 'react';

export type AppInfo = Readonly<{ appName: string }>;

export const AppInfoContext = createContext<AppInfo>({ appName: '' });

export const useAppInfo = (): AppInfo => useContext(AppInfoContext);
