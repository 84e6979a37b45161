/** Page entry: defines the elements, shows the bundled dataset, and follows the address's view. */
import bundledDataset from '../graph-data/zagorski-2009.json';
import './components/entente-app/entente-app';
import { UrlSync } from './state/url-sync';

const app = document.querySelector('entente-app');
if (app) {
  app.store.loadDataset(bundledDataset, 'bundled');
  new UrlSync(app.store, window).start();
}
