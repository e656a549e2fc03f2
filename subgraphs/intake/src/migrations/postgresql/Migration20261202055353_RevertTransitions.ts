import { Migration } from '@mikro-orm/migrations';

export class Migration20261202055353_RevertTransitions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "transition" drop constraint if exists "transition_status_check";`);

    this.addSql(`alter table "transition_status_change" drop constraint if exists "transition_status_change_status_check";`);

    this.addSql(`alter table "transition_step" drop constraint if exists "transition_step_kind_check";`);
    this.addSql(`alter table "transition_step" drop constraint if exists "transition_step_outcome_check";`);

    this.addSql(`alter table "transition" add column "reverted_on" varchar(10) null, add column "revert_reason" text null;`);
    this.addSql(`alter table "transition" add constraint "transition_status_check" check("status" in ('PROPOSED', 'ON_AGENDA', 'AGREED', 'REJECTED', 'EXECUTING', 'COMPLETED', 'WITHDRAWN', 'REVERTING', 'REVERTED'));`);

    this.addSql(`alter table "transition_status_change" add constraint "transition_status_change_status_check" check("status" in ('PROPOSED', 'ON_AGENDA', 'AGREED', 'REJECTED', 'EXECUTING', 'COMPLETED', 'WITHDRAWN', 'REVERTING', 'REVERTED'));`);

    this.addSql(`alter table "transition_step" add column "previous_end_date" varchar(10) null;`);
    this.addSql(`alter table "transition_step" add constraint "transition_step_kind_check" check("kind" in ('END', 'START', 'UNDO_END'));`);
    this.addSql(`alter table "transition_step" add constraint "transition_step_outcome_check" check("outcome" in ('NOT_ASKED', 'ENDED', 'CREATED', 'REFUSED', 'UNREACHABLE', 'RESTORED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "transition" drop constraint if exists "transition_status_check";`);

    this.addSql(`alter table "transition_status_change" drop constraint if exists "transition_status_change_status_check";`);

    this.addSql(`alter table "transition_step" drop constraint if exists "transition_step_kind_check";`);
    this.addSql(`alter table "transition_step" drop constraint if exists "transition_step_outcome_check";`);

    this.addSql(`alter table "transition" drop column "reverted_on", drop column "revert_reason";`);

    this.addSql(`alter table "transition" add constraint "transition_status_check" check("status" in ('PROPOSED', 'ON_AGENDA', 'AGREED', 'REJECTED', 'EXECUTING', 'COMPLETED', 'WITHDRAWN'));`);

    this.addSql(`alter table "transition_status_change" add constraint "transition_status_change_status_check" check("status" in ('PROPOSED', 'ON_AGENDA', 'AGREED', 'REJECTED', 'EXECUTING', 'COMPLETED', 'WITHDRAWN'));`);

    this.addSql(`alter table "transition_step" drop column "previous_end_date";`);

    this.addSql(`alter table "transition_step" add constraint "transition_step_kind_check" check("kind" in ('END', 'START'));`);
    this.addSql(`alter table "transition_step" add constraint "transition_step_outcome_check" check("outcome" in ('NOT_ASKED', 'ENDED', 'CREATED', 'REFUSED', 'UNREACHABLE'));`);
  }

}
