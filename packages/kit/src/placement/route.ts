import type { EntityManager, MikroORM } from '@mikro-orm/core';
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { createHash } from 'node:crypto';
import { conflictOnRace, isRace } from '../concurrency';
import { errorBody, ErrorCode, UserInputError, type FieldProblem, isIsoDate } from '@veiinn/contracts';
import type { Logger } from '@veiinn/service';
import { PlacementRequestRecord } from './placement-request.entity';
import {
  PLACEMENT_PROTOCOL,
  PLACEMENT_PROTOCOL_HEADER,
  PlacementErrorCode,
  type EndRequest,
  type ExtentRequest,
  type HandledPlacement,
  type PlaceRequest,
  type PlacementAnswer,
  type PlacementHandler,
} from './protocol';

const KEY = /^[A-Za-z0-9._:-]{1,128}$/;
const ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** A refusal's HTTP status by its code; a refusal is never a 5xx (a 5xx says nothing is known). */
const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.FAILED_PRECONDITION]: 409,
  [PlacementErrorCode.IDEMPOTENCY_CONFLICT]: 409,
};

type Body = Record<string, unknown>;

const problem = (field: string, nb: string, en: string): FieldProblem => ({ field, nb, en });

function text(body: Body, field: string, pattern: RegExp, problems: FieldProblem[], optional = false): string | null {
  const value = body[field];
  if (optional && (value === undefined || value === null)) return null;
  if (typeof value !== 'string' || !pattern.test(value)) {
    problems.push(
      problem(
        field,
        'må være en id på 1 til 64 tegn (bokstaver, sifre, . _ : -).',
        'must be an id of 1 to 64 characters (letters, digits, . _ : -).',
      ),
    );
    return null;
  }
  return value;
}

function date(body: Body, field: string, problems: FieldProblem[], optional: boolean): string | null {
  const value = body[field];
  if (optional && (value === undefined || value === null)) return null;
  if (typeof value !== 'string' || !isIsoDate(value)) {
    problems.push(problem(field, 'må være en dato (ÅÅÅÅ-MM-DD).', 'must be a date (YYYY-MM-DD).'));
    return null;
  }
  return value;
}

function count(body: Body, field: string, problems: FieldProblem[], whole: boolean): number | null {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || (whole && !Number.isInteger(value))) {
    problems.push(
      whole
        ? problem(field, 'må være et helt tall.', 'must be a whole number.')
        : problem(field, 'må være et tall.', 'must be a number.'),
    );
    return null;
  }
  return value;
}

function idempotencyKey(body: Body, problems: FieldProblem[]): string {
  const value = body.idempotencyKey;
  if (typeof value === 'string' && KEY.test(value)) return value;
  problems.push(
    problem(
      'idempotencyKey',
      'må være en nøkkel på 1 til 128 tegn (bokstaver, sifre, . _ : -).',
      'must be a key of 1 to 128 characters (letters, digits, . _ : -).',
    ),
  );
  return '';
}

/** Reads and checks a place request's fields; BAD_USER_INPUT naming every problem. Unknown fields are ignored. */
export function readPlaceRequest(body: Body): PlaceRequest {
  const problems: FieldProblem[] = [];
  const request: PlaceRequest = {
    idempotencyKey: idempotencyKey(body, problems),
    participantId: text(body, 'participantId', ID, problems) ?? '',
    offerId: text(body, 'offerId', ID, problems) ?? '',
    startDate: date(body, 'startDate', problems, false) ?? '',
    endDate: date(body, 'endDate', problems, true),
    groupId: text(body, 'groupId', ID, problems, true),
    hoursPerWeek: count(body, 'hoursPerWeek', problems, false),
    daysPerWeek: count(body, 'daysPerWeek', problems, true),
    decisionId: text(body, 'decisionId', ID, problems, true),
  };
  if (problems.length) throw new UserInputError(problems);
  return request;
}

/** Reads and checks an end request's fields. */
export function readEndRequest(body: Body): EndRequest {
  const problems: FieldProblem[] = [];
  if (!('endDate' in body)) {
    problems.push(
      problem('endDate', 'må være med (null tar slutten tilbake).', 'is required (null takes an end back).'),
    );
  }
  const request: EndRequest = {
    idempotencyKey: idempotencyKey(body, problems),
    endDate: date(body, 'endDate', problems, true),
    expectedVersion: count(body, 'expectedVersion', problems, true),
  };
  if (problems.length) throw new UserInputError(problems);
  return request;
}

/** Reads and checks an extent request's fields (which of the two extents a provider needs is its handler's check). */
export function readExtentRequest(body: Body): ExtentRequest {
  const problems: FieldProblem[] = [];
  const request: ExtentRequest = {
    idempotencyKey: idempotencyKey(body, problems),
    hoursPerWeek: count(body, 'hoursPerWeek', problems, false),
    daysPerWeek: count(body, 'daysPerWeek', problems, true),
    from: date(body, 'from', problems, false) ?? '',
    expectedVersion: count(body, 'expectedVersion', problems, true),
  };
  if (problems.length) throw new UserInputError(problems);
  return request;
}

/** The hash a key is remembered with: of the request as read (fields in a fixed order, the key itself left out). */
export function requestHash(operation: string, request: PlaceRequest | EndRequest | ExtentRequest): string {
  const { idempotencyKey: _key, ...rest } = request;
  const fields = Object.keys(rest)
    .sort()
    .map((name) => [name, (rest as Record<string, unknown>)[name]]);
  return createHash('sha256')
    .update(JSON.stringify([operation, fields]))
    .digest('hex');
}

const idempotencyConflict = (key: string) =>
  new GraphQLError(
    `Nøkkelen «${key}» er brukt før til en annen forespørsel. / The idempotency key "${key}" was used before for another request.`,
    { extensions: { code: PlacementErrorCode.IDEMPOTENCY_CONFLICT, idempotencyKey: key } },
  );

/** The first answer for the key, or null for a new key; IDEMPOTENCY_CONFLICT for the key with another request. */
async function remembered(em: EntityManager, key: string, operation: string, hash: string) {
  const record = await em.findOne(PlacementRequestRecord, { idempotencyKey: key });
  if (!record) return null;
  if (record.operation !== operation || record.requestHash !== hash) throw idempotencyConflict(key);
  return record.answer as unknown as PlacementAnswer;
}

/**
 * One write of the protocol: the key looked up, the key stored, the provider's write and its answer, in one
 * transaction. The key is inserted before the write, so two requests with one key at once meet at its unique index:
 * the second waits for the first's commit, its insert fails, and it answers as a repeat (or, when the first was
 * refused and rolled back, it goes on alone).
 */
async function once(
  orm: MikroORM,
  key: string,
  operation: string,
  hash: string,
  write: (em: EntityManager) => Promise<PlacementAnswer>,
): Promise<{ repeated: boolean; answer: PlacementAnswer }> {
  const attempt = () =>
    orm.em.fork().transactional(async (tx) => {
      const earlier = await remembered(tx, key, operation, hash);
      if (earlier) return { repeated: true, answer: earlier };
      const record = tx.create(PlacementRequestRecord, {
        idempotencyKey: key,
        operation,
        requestHash: hash,
        answer: {},
        createdAt: new Date(),
      });
      await tx.flush();
      const answer = await write(tx);
      record.answer = { ...answer };
      await tx.flush();
      return { repeated: false, answer };
    });
  try {
    return await attempt();
  } catch (error) {
    if (!isRace(error, ['unique'])) throw error;
    const earlier = await remembered(orm.em.fork(), key, operation, hash);
    if (!earlier) throw error;
    return { repeated: true, answer: earlier };
  }
}

const answerOf = (handled: HandledPlacement, status: PlacementAnswer['status']): PlacementAnswer => ({
  protocol: PLACEMENT_PROTOCOL,
  placementId: handled.placementId,
  status,
  version: handled.version,
});

/** Answers a thrown refusal in the error contract with its status; anything else goes on to the JSON 500. */
function refuse(res: Response, error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const code = error.extensions?.code;
  const status = typeof code === 'string' ? STATUS[code] : undefined;
  if (!status) return false;
  const { code: _code, ...extensions } = error.extensions;
  res.status(status).json(errorBody(code as string, error.message, extensions));
  return true;
}

/**
 * The protocol's routes, mounted at `/placements` behind `guard` (the kit's `serviceOnlyRoute`: only the hub's
 * service token). `handler` is the provider's.
 */
export function placementRouter(
  orm: MikroORM,
  handler: PlacementHandler,
  logger: Logger,
  guard: RequestHandler | undefined,
  bodyLimit = 100_000,
): Router {
  const router = Router();
  router.use((_req, res, next) => {
    res.setHeader(PLACEMENT_PROTOCOL_HEADER, PLACEMENT_PROTOCOL);
    next();
  });
  if (guard) router.use(guard);
  router.use(express.json({ limit: bodyLimit }));

  // What a placement here needs and the groups it goes into: read, so nothing is remembered.
  router.get('/terms', async (_req, res) => {
    const groups = await handler.groups(orm.em.fork());
    res.json({ protocol: PLACEMENT_PROTOCOL, needs: { ...handler.terms }, groups });
  });

  const serve =
    (work: (req: Request) => Promise<{ repeated: boolean; answer: PlacementAnswer; created: boolean }>) =>
    async (req: Request, res: Response) => {
      try {
        const { repeated, answer, created } = await work(req);
        res.status(created && !repeated ? 201 : 200).json(answer);
      } catch (error) {
        if (refuse(res, error)) {
          logger.info('Refused a placement request', { path: req.path, code: (error as GraphQLError).extensions.code });
          return;
        }
        throw error;
      }
    };

  const bodyOf = (req: Request): Body =>
    req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Body) : {};

  router.post(
    '/',
    serve(async (req) => {
      const request = readPlaceRequest(bodyOf(req));
      const result = await once(orm, request.idempotencyKey, 'place', requestHash('place', request), async (em) =>
        answerOf(await handler.place(em, request), 'CREATED'),
      );
      return { ...result, created: true };
    }),
  );

  /** A change of one placement: its key remembered with the operation `<kind> <id>`. */
  const change = <R extends EndRequest | ExtentRequest>(
    kind: 'end' | 'extent',
    read: (body: Body) => R,
    write: (em: EntityManager, id: string, request: R) => Promise<PlacementAnswer>,
  ) =>
    serve(async (req) => {
      const id = String(req.params.id);
      const request = read(bodyOf(req));
      const operation = `${kind} ${id}`;
      const name = { nb: 'Plassen', en: `Placement ${id}`, it: 'den' } as const;
      // A concurrent change of the placement caught by its version column: CONFLICT, read again.
      const result = await conflictOnRace(name, () =>
        once(orm, request.idempotencyKey, operation, requestHash(operation, request), (em) => write(em, id, request)),
      );
      return { ...result, created: false };
    });

  router.post(
    '/:id/end',
    change('end', readEndRequest, async (em, id, request) => {
      const handled = await handler.end(em, id, request);
      const endDate = handled.endDate === undefined ? request.endDate : handled.endDate;
      return answerOf(handled, endDate === null ? 'OPEN' : 'ENDED');
    }),
  );

  router.post(
    '/:id/extent',
    change('extent', readExtentRequest, async (em, id, request) =>
      answerOf(await handler.changeExtent(em, id, request), 'CHANGED'),
    ),
  );
  return router;
}
