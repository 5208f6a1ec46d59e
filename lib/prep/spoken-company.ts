/**
 * A company's name as a person says it: a tag in brackets after the name is no part of it
 * ("AgentMail (YC S25)", "Acme (acquired by Globex)", "Tata Consultancy Services (TCS)"), as
 * LinkedIn headlines and page titles write them.
 */
export function spokenCompany(name: string): string {
  const bare = name.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return /\p{L}{2}/u.test(bare) ? bare : name;
}
