/** Page entry: defines the elements and shows the bundled dataset. */
import bundledDataset from '../graph-data/zagorski-2009.json';
import './components/entente-app/entente-app';

const app = document.querySelector('entente-app');
app?.store.loadDataset(bundledDataset, 'bundled');
