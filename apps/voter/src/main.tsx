import { startWebApp } from '@app/ui';
import en from './i18n/en.json';
import ru from './i18n/ru.json';
import { routes } from './routes';

void startWebApp({ name: 'voter', resources: { ru, en }, routes });
