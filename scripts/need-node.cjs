// Runs before every npm script: stops with one line when the Node running the
// scripts is older than package.json's `engines.node`, instead of the cryptic
// error a TypeScript script gives on an old Node (ERR_UNKNOWN_FILE_EXTENSION).
// Plain CommonJS with no syntax newer than ES5, so that any Node can run it.
/* eslint-disable */
var fs = require('fs');
var path = require('path');

var root = path.join(__dirname, '..');
var pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
var wanted = pkg.engines.node.replace(/^>=\s*/, '');
var pin = fs.readFileSync(path.join(root, '.nvmrc'), 'utf8').trim();

function parts(v) {
  return v.replace(/^v/, '').split('.').map(Number);
}
function atLeast(have, want) {
  for (var i = 0; i < 3; i++) if (have[i] !== want[i]) return have[i] > want[i];
  return true;
}

if (!atLeast(parts(process.version), parts(wanted))) {
  var linux = process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64');
  console.error(
    'This project needs Node.js >= ' +
      wanted +
      ' (found ' +
      process.version +
      '). ' +
      (linux
        ? 'Run `npm install` (without --omit=optional): it installs Node ' + pin + ' from npm into node_modules/.bin.'
        : 'Install Node ' +
          pin +
          ' (`nvm install` reads .nvmrc, or https://nodejs.org/), then run `npm install` again.'),
  );
  process.exit(1);
}
