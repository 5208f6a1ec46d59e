/** The checklist from knowledge/informational-interviews.md: a favour of 20–30 minutes, treated like a real interview. */
export const ETIQUETTE = [
  'Confirm the day before: time, place or video link, and how long you asked for.',
  'Dress as you would for a real interview at this company.',
  'Arrive 10–15 minutes early in person; test the link and your camera beforehand online.',
  'Bring your written questions, with the must-asks marked.',
  'Keep to the time you asked for, and offer to stop when it is up.',
  'Bring copies of your resume, but offer one only if asked.',
  'Near the end, ask who else you should talk to, and whether you may use their name.',
  'Send a thank-you within 24 hours that names something specific you learned.',
] as const;
