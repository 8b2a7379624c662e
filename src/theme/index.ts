export { CATEGORY_ICONS, CUSTOM_CATEGORY_ICON, categoryIconPath } from './categoryIcons';
