import { addLogFields, createLogger } from '../src/logger';

/**
 * What must never reach a log line: tokens (bearer, the gateway's caller token, any field named like one), passwords
 * and secrets, and national identity numbers, by field name or as eleven digits inside any text. Written through the
 * real logger (pino) into a captured stream, and read back line by line.
 */
function captured() {
  const lines: string[] = [];
  return {
    stream: { write: (line: string) => void lines.push(line) },
    lines,
    parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

// Synthetic numbers (month + 80): valid in form, never a real person's.
const FNR = '01817010055';
const OTHER_FNR = '31929910020';
const BEARER = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIwMTAxNzAxMjM0NSJ9.c2lnbmF0dXJl';
const CALLER_TOKEN = 'eyJhbGciOiJFZERTQSJ9.Y2FsbGVy.c2ln';

describe('the logger keeps secrets and identity numbers out of its lines', () => {
  it('writes one JSON line per event with time, level name, service, message and flattened meta', () => {
    const out = captured();
    const logger = createLogger('hub', 'debug', out.stream);
    logger.info('Subgraph listening', { url: 'http://127.0.0.1:4001/graphql', workers: 2 });
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]!.endsWith('\n')).toBe(true);
    const [line] = out.parsed();
    expect(line).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      level: 'info',
      service: 'hub',
      message: 'Subgraph listening',
      url: 'http://127.0.0.1:4001/graphql',
      workers: 2,
    });
  });

  it('drops lines under its level', () => {
    const out = captured();
    const logger = createLogger('hub', 'warn', out.stream);
    logger.debug('no');
    logger.info('no');
    logger.warn('yes');
    logger.error('yes too');
    expect(out.parsed().map((line) => line.level)).toEqual(['warn', 'error']);
    const silent = captured();
    createLogger('hub', 'silent', silent.stream).error('nothing');
    expect(silent.lines).toEqual([]);
  });

  it('redacts tokens, passwords, secrets and identity numbers, by field name and inside any text', () => {
    const out = captured();
    const logger = createLogger('gateway', 'debug', out.stream);
    logger.warn(`Refused a token for ${FNR}`, {
      headers: {
        authorization: `Bearer ${BEARER}`,
        'x-veiinn-caller': CALLER_TOKEN,
        'content-type': 'application/json',
      },
      token: CALLER_TOKEN,
      accessToken: BEARER,
      id_token: BEARER,
      password: 'hunter2-hunter2',
      secret: 'the-client-secret',
      nationalId: 'not-digits-but-named',
      fnr: 'also-named',
      pid: 'named-too',
      worker: { pid: 48213 },
      participant: { nationalIdentityNumber: 'deep-named', note: `called about ${OTHER_FNR} today` },
      spaced: `010170 12345 wrote`,
      asNumber: Number(OTHER_FNR),
      quoted: `the header was "Bearer ${BEARER}"`,
      list: [`first ${FNR}`, { password: 'in-a-list' }],
      error: new Error(`No participant ${FNR}`),
      requestId: 'd9428888-122b-41d6-b8b7-5b8c5f0e7a41',
      orgNo: '974760673',
      longNumber: '123456789012345',
      kept: 'plain text stays',
    });
    const [raw] = out.lines;
    for (const secret of [
      FNR,
      OTHER_FNR,
      '010170 12345',
      BEARER,
      CALLER_TOKEN,
      'hunter2',
      'the-client-secret',
      'not-digits-but-named',
      'also-named',
      'named-too',
      'deep-named',
      'in-a-list',
    ]) {
      expect(raw).not.toContain(secret);
    }
    const [line] = out.parsed();
    expect(line).toMatchObject({
      level: 'warn',
      service: 'gateway',
      message: 'Refused a token for [fnr]',
      headers: { authorization: '[redacted]', 'x-veiinn-caller': '[redacted]', 'content-type': 'application/json' },
      token: '[redacted]',
      accessToken: '[redacted]',
      id_token: '[redacted]',
      password: '[redacted]',
      secret: '[redacted]',
      nationalId: '[redacted]',
      fnr: '[redacted]',
      pid: '[redacted]',
      // A process id (a number, as the gateway's workers log it) is not ID-porten's `pid` claim (a text).
      worker: { pid: 48213 },
      participant: { nationalIdentityNumber: '[redacted]', note: 'called about [fnr] today' },
      spaced: '[fnr] wrote',
      asNumber: '[fnr]',
      quoted: 'the header was "Bearer [redacted]"',
      list: ['first [fnr]', { password: '[redacted]' }],
      error: { type: 'Error', message: 'No participant [fnr]' },
      // The rest is untouched: ids, organisation numbers (nine digits), longer runs of digits, plain text.
      requestId: 'd9428888-122b-41d6-b8b7-5b8c5f0e7a41',
      orgNo: '974760673',
      longNumber: '123456789012345',
      kept: 'plain text stays',
    });
  });

  it('adds the fields of addLogFields to every line, scrubbed like the rest, until removed', () => {
    const out = captured();
    const logger = createLogger('hub', 'info', out.stream);
    const remove = addLogFields(() => ({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', who: FNR }));
    const broken = addLogFields(() => {
      throw new Error('a broken source costs no line');
    });
    try {
      logger.info('with fields');
    } finally {
      remove();
      broken();
    }
    logger.info('without');
    const [withFields, without] = out.parsed();
    expect(withFields).toMatchObject({
      message: 'with fields',
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      who: '[fnr]',
    });
    expect(without).not.toHaveProperty('traceId');
    expect(out.lines.join('')).not.toContain(FNR);
  });
});
