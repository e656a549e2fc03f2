import {
  Access,
  ConflictError,
  DateScalar,
  ForbiddenError,
  hasRole,
  parseIdentityNumber,
  requiresAnyRole,
  Role,
  UserInputError,
  checkIdentityNumber,
} from '@veiinn/kit';
import { Arg, Ctx, Directive, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import type { IntakeContext } from '../../context';
import { Guardianship } from './guardianship.entity';
import { Participant } from './participant.entity';
import { createParticipant } from './participant.resolver';
import { validateParticipant } from './participant.rules';

@ObjectType({ description: 'The signed-in person, as the hub knows them.' })
export class Me {
  @Field(() => Participant, {
    nullable: true,
    description:
      'The caller’s own participant: the one whose national identity number is the one they signed in with (ID-porten’s `pid`), or the one their token names; null when they are not registered yet (then `registerMyself`), and for a guardian (whose young people are not “me”).',
  })
  participant!: Participant | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The birth date in the national identity number the caller signed in with, to show whom the sign-in belongs to; the number itself is never shown. Null without one (staff).',
  })
  birthDate!: string | null;

  @Field(() => [Guardianship], {
    description:
      'For a guardian signed in with ID-porten: the young people they have named (`registerWard`), CLAIMED or CONFIRMED. Empty for anyone else.',
  })
  guardianships!: Guardianship[];
}

@InputType({
  description:
    'Registering oneself: only a name and, if wanted, contact details. The national identity number is the one signed in with, never typed.',
})
export class RegisterMyselfInput {
  @Field(() => String, { description: 'Given name(s), at most 100 characters.' })
  givenName!: string;

  @Field(() => String, { description: 'Family name, at most 100 characters.' })
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'E-mail address, if you want it used.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number: 8 digits, or international with a leading +.' })
  phone?: string | null;
}

const alreadyRegistered = (birthDate: string | undefined) => () =>
  new ConflictError(
    {
      nb: `Du er allerede registrert som deltaker${birthDate ? ` (født ${birthDate})` : ''}. Les dataene dine med «me».`,
      en: `You are already registered as a participant${birthDate ? ` (born ${birthDate})` : ''}; read your data with "me".`,
    },
    { field: 'pid' },
  );

@Resolver()
export class MeResolver {
  @Directive(Access.AUTHENTICATED)
  @Query(() => Me, {
    description:
      'The signed-in person: their own participant (null until they have registered), and the birth date of the identity number they signed in with.',
  })
  async me(@Ctx() ctx: IntakeContext): Promise<Me> {
    const caller = ctx.caller;
    const pid = caller?.pid;
    const birthDate = (pid && parseIdentityNumber(pid)?.birthDate) || null;
    const guardianships =
      caller?.personRef && hasRole(caller, Role.GUARDIAN)
        ? await ctx.em.find(
            Guardianship,
            { guardianRef: caller.personRef },
            { orderBy: [{ claimedAt: 'asc' }, { id: 'asc' }] },
          )
        : [];
    if (!caller || !hasRole(caller, Role.APPLICANT)) return { participant: null, birthDate, guardianships };
    let id: string | undefined;
    if (pid) {
      id = (await ctx.em.fork().findOne(Participant, { nationalIdentityNumber: pid }, { fields: ['id'] }))?.id;
    } else if (caller.participantIds?.length === 1) {
      id = caller.participantIds[0];
    }
    return { participant: id ? await rowScope(ctx).participant(id) : null, birthDate, guardianships };
  }

  @Directive(requiresAnyRole(Role.APPLICANT))
  @Mutation(() => Participant, {
    description:
      'Registers the signed-in applicant as a participant, with the national identity number they signed in with (ID-porten’s `pid`). FORBIDDEN without one; CONFLICT when they are registered already; BAD_USER_INPUT for a name or contact that cannot be used. Nothing is written on a refusal.',
  })
  async registerMyself(
    @Arg('input', () => RegisterMyselfInput, { description: 'Your name and, if you want, contact details.' })
    input: RegisterMyselfInput,
    @Ctx() { em, app, caller }: IntakeContext,
  ): Promise<Participant> {
    const pid = caller?.pid;
    if (!caller || !pid || !hasRole(caller, Role.APPLICANT)) {
      throw new ForbiddenError({
        nb: 'Du kan bare registrere deg selv når du har logget inn med ID-porten som søker.',
        en: 'You can register yourself only when signed in with ID-porten as an applicant (a token with "pid").',
      });
    }
    // The number comes from the identity provider, but it is checked as a typed one would be (synthetic only outside
    // production); the problem names the sign-in, never the number.
    const problems = [
      ...checkIdentityNumber(pid, app.allowRealIdentityNumbers, 'pid'),
      ...validateParticipant({
        givenName: input.givenName,
        familyName: input.familyName,
        email: input.email ?? null,
        phone: input.phone ?? null,
        guardians: [],
      }),
    ];
    if (problems.length) throw new UserInputError(problems);
    return createParticipant(
      em,
      app,
      { ...input, nationalIdentityNumber: pid, guardians: [] },
      alreadyRegistered(parseIdentityNumber(pid)?.birthDate),
    );
  }
}
