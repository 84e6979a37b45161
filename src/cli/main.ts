/** The `entente` command line: the same model code as the app, for files and pipelines. */
import { parseArgs } from 'node:util';
import { EXIT_OK, EXIT_USAGE, UsageError, type CommandIo } from './io';
import { validateCommand, validateUsage } from './validate-command';
import { verifyCommand, verifyUsage } from './verify-command';

const help = `entente: check and convert Entente datasets

usage:
  ${validateUsage}
      exit 0 when every file is valid, 1 listing every problem, 2 on bad usage or an unreadable file
  ${verifyUsage}
      check that every quote citing source ID occurs in the text at PATH
  entente --help`;

async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' }, source: { type: 'string', multiple: true } },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    io.out(help);
    return EXIT_OK;
  }
  switch (command) {
    case 'validate':
      return validateCommand(rest, io);
    case 'verify':
      return verifyCommand(rest, values.source ?? [], io);
    case undefined:
      throw new UsageError(`no command given\n\n${help}`);
    default:
      throw new UsageError(`unknown command "${command}"\n\n${help}`);
  }
}

export async function main(args: readonly string[], io: CommandIo): Promise<number> {
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
