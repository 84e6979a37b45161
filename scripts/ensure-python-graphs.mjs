// The export tests open GraphML and GEXF files in networkx and igraph, as Python users do. We use
// Debian's python3-networkx and python3-igraph: install them when we can (root + apt), else fail
// naming the packages.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const python = process.env.ENTENTE_PYTHON ?? '/usr/bin/python3';
const packages = ['python3-networkx', 'python3-igraph'];

function versions() {
  try {
    return execFileSync(python, ['-c', 'import networkx, igraph; print("networkx", networkx.__version__, "· igraph", igraph.__version__)'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

if (versions() === undefined) {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `networkx and igraph are not importable by ${python}. Install Debian's packages ` +
        `(sudo apt-get install -y ${packages.join(' ')}) or set ENTENTE_PYTHON, then run npm test again.`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian packages ${packages.join(', ')} for the export tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  if (versions() === undefined) {
    console.error(`Installing ${packages.join(' and ')} did not make them importable by ${python}.`);
    process.exit(1);
  }
}
console.log(`Python graph libraries: ${versions()}`);
