/** A connection of the user who works at a company, as the views list them. */
export interface KnownPerson {
  id: string;
  name: string;
  position?: string;
  /** The company as the connection's own profile names it ("Brightwater Logistics Ltd"). */
  company?: string;
  since?: string;
  profileUrl?: string;
  /** `likely`: matched on the core of the name only ("Wrenfold Technologies" for "Wrenfold"). */
  strength: 'exact' | 'likely';
  commonGround: string[];
}
