import { registerEnumType } from 'type-graphql';

export enum ApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_ASSESSMENT = 'UNDER_ASSESSMENT',
  DECIDED = 'DECIDED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'Where an application is in its course, from draft to decision.',
  valuesConfig: {
    DRAFT: {
      description: 'Being filled in (utkast); may still be changed, and the allocation office does not see it.',
    },
    SUBMITTED: { description: 'Sent in (sendt inn); waits for the allocation office.' },
    UNDER_ASSESSMENT: { description: 'The allocation office is assessing it (under behandling).' },
    DECIDED: { description: 'Decided by an administrative decision (vedtak); final.' },
    WITHDRAWN: { description: 'Withdrawn by the applicant or on their behalf (trukket); final.' },
  },
});

export enum ApplicationRound {
  MAIN = 'MAIN',
  NEWCOMER = 'NEWCOMER',
  CONTINUOUS = 'CONTINUOUS',
}
registerEnumType(ApplicationRound, {
  name: 'ApplicationRound',
  description: 'The intake round an application belongs to, derived from the intake mode of the offers applied for.',
  valuesConfig: {
    MAIN: { description: 'Main intake (hovedopptak) for municipal places, with the deadline 1 February.' },
    NEWCOMER: {
      description:
        'Main-intake offers applied for by a newcomer to the municipality, who is not bound by the deadline.',
    },
    CONTINUOUS: { description: 'Continuous intake (løpende inntak), for Arba and NAV places: apply at any time.' },
  },
});

export enum ApplicantRole {
  APPLICANT = 'APPLICANT',
  GUARDIAN = 'GUARDIAN',
  TEACHER = 'TEACHER',
  CASE_WORKER = 'CASE_WORKER',
}
registerEnumType(ApplicantRole, {
  name: 'ApplicantRole',
  description: 'Who acts on an application: the applicant, or someone on their behalf.',
  valuesConfig: {
    APPLICANT: { description: 'The applicant (søkeren) personally.' },
    GUARDIAN: { description: 'A guardian or next of kin (foresatt, verge or pårørende).' },
    TEACHER: { description: 'A teacher at the applicant’s school.' },
    CASE_WORKER: { description: 'A case worker, e.g. at the allocation office or NAV.' },
  },
});

export enum ExperienceKind {
  WORK_TRIAL = 'WORK_TRIAL',
  JOB_TASTE = 'JOB_TASTE',
  WORK_PRACTICE = 'WORK_PRACTICE',
}
registerEnumType(ExperienceKind, {
  name: 'ExperienceKind',
  description: 'A kind of work experience the applicant documents.',
  valuesConfig: {
    WORK_TRIAL: { description: 'Work trial (hospitering): a period at a workplace, with place and period.' },
    JOB_TASTE: { description: 'Job taste (jobbsmak): a day trying a workplace, with place and date.' },
    WORK_PRACTICE: { description: 'Work practice (arbeidspraksis): place, period and what the work was.' },
  },
});

export enum VtaAssessmentStatus {
  PENDING = 'PENDING',
  RECOMMENDED = 'RECOMMENDED',
  NOT_RECOMMENDED = 'NOT_RECOMMENDED',
  NEEDS_TRIAL = 'NEEDS_TRIAL',
}
registerEnumType(VtaAssessmentStatus, {
  name: 'VtaAssessmentStatus',
  description: 'Where the assessment of a participant for a VTA place stands.',
  valuesConfig: {
    PENDING: { description: 'Not assessed yet.' },
    RECOMMENDED: { description: 'A VTA place is recommended.' },
    NOT_RECOMMENDED: { description: 'A VTA place is not recommended now.' },
    NEEDS_TRIAL: { description: 'A visit or a trial is needed before anyone can say.' },
  },
});

export enum VtaAssessmentOutcome {
  RECOMMENDED = 'RECOMMENDED',
  NOT_RECOMMENDED = 'NOT_RECOMMENDED',
  NEEDS_TRIAL = 'NEEDS_TRIAL',
}
registerEnumType(VtaAssessmentOutcome, {
  name: 'VtaAssessmentOutcome',
  description: 'The outcome of assessing a participant for a VTA place.',
  valuesConfig: {
    RECOMMENDED: { description: 'A VTA place is recommended.' },
    NOT_RECOMMENDED: { description: 'A VTA place is not recommended now.' },
    NEEDS_TRIAL: { description: 'A visit or a trial is needed before anyone can say.' },
  },
});
