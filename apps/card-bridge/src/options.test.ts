import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWED_ORIGINS, DEFAULT_PORT, parseBridgeArgs, UsageError } from './options.ts';

describe('parseBridgeArgs', () => {
  it('defaults to the PC/SC reader on the usual port for the demo console', () => {
    expect(parseBridgeArgs([])).toEqual({
      help: false,
      port: DEFAULT_PORT,
      allowOrigins: DEFAULT_ALLOWED_ORIGINS,
      simulate: false,
      card: {},
    });
  });

  it('reads the simulated card and repeated origins', () => {
    const options = parseBridgeArgs([
      '--simulate',
      '--port=0',
      '--allow-origin',
      'https://kakanai.sakuradai.example',
      '--allow-origin',
      'http://127.0.0.1:5173',
      '--pin',
      '4321',
      '--tries-left',
      '1',
      '--name',
      '𠮷野\u3000花子',
      '--birth-date',
      '2001-02-03',
      '--sex',
      'female',
    ]);
    expect(options).toMatchObject({
      port: 0,
      simulate: true,
      allowOrigins: ['https://kakanai.sakuradai.example', 'http://127.0.0.1:5173'],
      card: {
        pin: '4321',
        triesLeft: 1,
        person: { name: '𠮷野\u3000花子', birthDate: '2001-02-03', sex: 'female' },
      },
    });
  });

  it('refuses what it cannot run with', () => {
    for (const args of [
      ['--pin', '1234'],
      ['--simulate', '--pin', '12345'],
      ['--simulate', '--tries-left', '4'],
      ['--simulate', '--sex', 'm'],
      ['--simulate', '--birth-date', '1985/04/01'],
      ['--port', '70000'],
      ['--allow-origin', 'http://127.0.0.1:3000/'],
      ['--allow-origin', '*'],
      ['--verbose'],
    ]) {
      expect(() => parseBridgeArgs(args), args.join(' ')).toThrow(UsageError);
    }
  });
});
