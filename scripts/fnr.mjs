// `npm run fnr`: prints synthetic national identity numbers (fødselsnummer with the birth month + 80, as
// Skatteetaten's test register Tenor issues them), one a line, for registering test participants. They can never
// be a real person's, and outside production they are the only numbers Veiinn accepts.
//
//   npm run fnr                                   five people leaving upper secondary school this year (born 19 years ago)
//   npm run fnr -- --count 3 --born 2008-04-17    three people born on 17 April 2008
//   npm run fnr -- --dates                        each number followed by its birth date
//
// The numbers come from the project's own generator and validator (packages/contracts/src/identity-number.ts), so they
// are exactly what registerParticipant accepts.
import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const USAGE = `Usage: npm run fnr -- [--count N] [--born YYYY-MM-DD] [--dates]
  --count N          how many numbers (1-1000, default 5)
  --born YYYY-MM-DD  the birth date of every number (default: random days in the year of people leaving school this year)
  --dates            print each number's birth date after it`;

function fail(message) {
  process.stderr.write(`fnr: ${message}\n${USAGE}\n`);
  process.exit(2);
}

/** The identity numbers of @veiinn/contracts, built (`npm start` and `npx tsc -b` build it). */
export function loadKit() {
  try {
    return require(join(root, 'packages/contracts/dist/src/identity-number.js'));
  } catch {
    throw new Error('the contracts package is not built yet; run `npx tsc -b` (or `npm start`) first.');
  }
}

/** A random day of `year` as YYYY-MM-DD. */
export function randomDay(year) {
  const first = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - first) / 86_400_000;
  return new Date(first + randomInt(days) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A synthetic number for `birthDate` with a random individual number, so that two runs seldom give the same one
 * (the demo data use the lowest individual numbers). Null when the date has none (it is not a real date).
 */
export function randomSyntheticNumber(kit, birthDate) {
  const [year] = birthDate.split('-').map(Number);
  const lowest = year >= 2000 && year <= 2039 ? 500 : 0;
  const highest = year >= 2000 && year <= 2039 ? 999 : 499;
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const number = kit.syntheticIdentityNumber(birthDate, randomInt(lowest, highest + 1));
      if (kit.parseIdentityNumber(number)?.kind === 'synthetic') return number;
    } catch {
      // No number left above that individual number; try another.
    }
  }
  return null;
}

function parseArgs(argv) {
  const options = { count: 5, born: undefined, dates: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${arg} needs a value.`);
      return argv[++i];
    };
    if (arg === '--count') {
      const count = Number(value());
      if (!Number.isInteger(count) || count < 1 || count > 1000) fail('--count must be a whole number from 1 to 1000.');
      options.count = count;
    } else if (arg === '--born') {
      const born = value();
      const date = new Date(`${born}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(born) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== born)
        fail(`--born must be a date YYYY-MM-DD, not "${born}".`);
      if (born < '1854-01-01' || born > new Date().toISOString().slice(0, 10))
        fail(`--born must be between 1854-01-01 and today, not ${born}.`);
      options.born = born;
    } else if (arg === '--dates') options.dates = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else fail(`unknown option "${arg}".`);
  }
  return options;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = parseArgs(process.argv.slice(2));
  let kit;
  try {
    kit = loadKit();
  } catch (error) {
    fail(error.message);
  }
  // Pupils leave upper secondary school (videregående) the year they turn 19.
  const schoolLeavers = new Date().getUTCFullYear() - 19;
  const seen = new Set();
  for (let i = 0; seen.size < options.count; i++) {
    if (i > options.count * 20) fail(`found only ${seen.size} different numbers for ${options.born}; ask for fewer.`);
    const birthDate = options.born ?? randomDay(schoolLeavers);
    const number = randomSyntheticNumber(kit, birthDate);
    if (!number || seen.has(number)) continue;
    seen.add(number);
    process.stdout.write(options.dates ? `${number}  ${birthDate}\n` : `${number}\n`);
  }
}
