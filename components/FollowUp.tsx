import { useEffect, useState } from 'preact/hooks';
import type { PrepSheet } from '@/lib/prep/sheet';
import type { Interview, Person } from '@/lib/schema/dossier';
import { textRows } from '@/lib/ui/format';
import { DraftTextarea } from './DraftTextarea';
import { NameRoleFields, useNameRole } from './NameRoleFields';
import { ReferralList } from './ReferralList';

/** What the prep sheet hands its follow-up (a subset of PrepSheetViewProps, kept here: no cycle). */
export interface FollowUpProps {
  interview: Interview;
  sheet: PrepSheet;
  referrals: Person[];
  thankYou: string;
  onThankYouText(text: string): void;
  onThanked(): void;
  onCopyThankYou(): void;
  onReferral(name: string, title?: string): void;
  onOpenPerson(id: string): void;
  onOpenCompany?(id: string): void;
}

/** After the meeting: the thank-you draft and the people they suggested. */
export function FollowUp(props: FollowUpProps) {
  const person = useNameRole();
  // The name stays in the box until the dossier lists the referral: a refused or failed add
  // (said in the notice area) used to take what the user typed with it.
  const [pending, setPending] = useState<string>();
  useEffect(() => {
    if (!pending || !props.referrals.some((r) => r.name === pending)) return;
    person.clear();
    setPending(undefined);
  }, [props.referrals, pending]);
  const thanked = props.interview.status === 'thanked';
  const company = props.sheet.company?.name;
  const companyId = props.interview.companyId;
  return (
    <section class="card stack follow-up" aria-labelledby="fu-h">
      <h2 id="fu-h">Follow-up</h2>
      <p class="small muted">
        {thanked ? 'Thank-you sent.' : 'Send a thank-you within 24 hours that names something specific you learned.'}
      </p>
      {!thanked && props.sheet.thankYouHook && <p class="small">{props.sheet.thankYouHook}</p>}
      <label class="field">
        Thank-you draft
        <DraftTextarea rows={textRows(props.thankYou, 8, 22)} maxLength={20000} value={props.thankYou} onCommit={props.onThankYouText} />
      </label>
      <div class="row wrap">
        <button type="button" class="btn small" onClick={props.onCopyThankYou}>
          Copy thank-you
        </button>
        {!thanked && (
          <button type="button" class="btn small primary" onClick={props.onThanked}>
            I sent it
          </button>
        )}
      </div>
      {props.interview.personId ? (
        <form
          class="stack tight"
          aria-labelledby="referrals-h"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            // An empty name did nothing at all: the pair says why, as the company view's "Add a person" does.
            const typed = person.submit();
            if (!typed) return;
            // As the dossier stores it: one line, trimmed.
            setPending(typed.name);
            props.onReferral(typed.name, typed.title);
          }}
        >
          <h3 id="referrals-h">People they suggested you talk to</h3>
          <NameRoleFields {...person.fields} />
          <button type="submit" class="btn small align-start">
            Add referral
          </button>
        </form>
      ) : (
        // A meeting with a company has nobody to record as having suggested them: the form took
        // the name, cleared it, and the notice refused it (IKEA, planned from its company view).
        <div class="stack tight">
          <h3>People they suggested you talk to</h3>
          <p class="small">
            This meeting was with {company ?? 'a company'}, not with a person in your dossier: add the people they suggested with “Add a
            person” on {company ? `${company}'s` : 'its'} page.
          </p>
          {companyId && props.onOpenCompany && (
            <button type="button" class="btn small align-start" onClick={() => props.onOpenCompany?.(companyId)}>
              Open {company ?? 'the company'}
            </button>
          )}
        </div>
      )}
      {props.referrals.length > 0 && <ReferralList people={props.referrals} onOpen={props.onOpenPerson} />}
    </section>
  );
}
