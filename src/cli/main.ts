/** The `entente` command line: the same model code as the app, for files and pipelines. */
import { parseArgs } from 'node:util';
import { analyzeOptions, analyzeUsage } from './analyze-options';
import { exportCommand, exportUsage } from './export-command';
import { exportOptions, exportValuesHelp } from './export-options';
import { EXIT_OK, EXIT_USAGE, UsageError, type CommandIo } from './io';
import { validateCommand, validateUsage } from './validate-command';
import { verifyCommand, verifyUsage } from './verify-command';

const help = `entente: check and convert Entente datasets

usage:
  ${validateUsage}
      exit 0 when every file is valid, 1 listing every problem, 2 on bad usage or an unreadable file
  ${verifyUsage}
      check that every quote citing source ID occurs in the text at PATH
  ${exportUsage}
      write what the app shows with these filters, as the app exports it, to PATH or stdout;
      csv writes actors.csv and relations.csv into the directory PATH; --csv-delimiter semicolon
      for spreadsheets whose list separator is ";", --csv-formula-guard off to leave cells that
      start with = + - @ as they are (the guard prefixes them with ');
      graphml writes one edge per relation, or with --graphml-edges pair one edge per source and
      target holding all its relations (for Gephi's default edges merge strategy, Sum);
      cyjs holds positions from the app's seeded layout, run headless (--no-layout: none);
      --blocs adds each actor's bloc (A or B, empty outside the stance relations) as a "bloc"
      column, as the app's Blocs view exports it; --weighted weighs stances by strength
      ${exportValuesHelp}
  ${analyzeUsage}
      two blocs with the fewest frustrated ties (structural balance), the frustrated relations and
      the alignment (-1..+1) of every pair; stances only unless --types adds ties (as positive);
      --pair A,B (default russia,kazakhstan when present) adds that pair's alignment by year;
      exit codes as for validate
  entente --help`;

const options = {
  help: { type: 'boolean', short: 'h' },
  source: { type: 'string', multiple: true },
  ...exportOptions,
  ...analyzeOptions,
} as const;

/** The options each command reads; any other given to it is a usage error, not silently ignored. */
const commandOptions: Readonly<Record<string, readonly string[]>> = {
  validate: [],
  verify: ['source'],
  export: Object.keys(exportOptions),
  analyze: ['as-of', 'from', 'to', 'no-undated', ...Object.keys(analyzeOptions)],
};

function checkOptions(command: string, given: readonly string[]): void {
  const allowed = commandOptions[command];
  const foreign = given.find((name) => name !== 'help' && allowed !== undefined && !allowed.includes(name));
  if (foreign !== undefined) throw new UsageError(`${command} takes no --${foreign} option (entente --help lists each command's options)`);
}

async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options });
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    io.out(help);
    return EXIT_OK;
  }
  if (command !== undefined) checkOptions(command, Object.keys(values));
  switch (command) {
    case 'validate':
      return validateCommand(rest, io);
    case 'verify':
      return verifyCommand(rest, values.source ?? [], io);
    case 'export':
      return exportCommand(rest, values, io);
    case 'analyze': {
      const { analyzeCommand } = await import('./analyze-command');
      return analyzeCommand(rest, values, io);
    }
    case undefined:
      throw new UsageError(`no command given\n\n${help}`);
    default:
      throw new UsageError(`unknown command "${command}"\n\n${help}`);
  }
}

/** A reader that stops early (`entente export ... | head`) closes the pipe: stop writing, quietly. */
let stdoutGuarded = false;
function ignoreClosedStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

export async function main(args: readonly string[], io: CommandIo): Promise<number> {
  ignoreClosedStdout();
  try {
    return await run(args, io);
  } catch (error) {
    // Bad options surface from parseArgs as TypeErrors with an ERR_PARSE_ARGS_* code.
    const isArgsError = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || isArgsError) {
      io.err(`entente: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
