import i18n from 'i18next';
import { en } from './en';
import { vi } from './vi';

// Imported by the signed-in frame: the workspaces' texts join the sign-in page's core texts
// before any workspace page renders (the frame's chunk is evaluated first).
i18n.addResourceBundle('vi', 'translation', vi, true, true);
i18n.addResourceBundle('en', 'translation', en, true, true);
