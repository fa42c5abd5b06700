import { defineWebApp } from '../../libs/ui/vite/define-web-app';

export default defineWebApp({ name: 'analyst', base: '/analyst/' });
