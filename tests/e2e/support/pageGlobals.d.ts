// The page's globals as the renderer declares them, for page.evaluate callbacks.
import type {} from '../../../renderer/api/client.js';
