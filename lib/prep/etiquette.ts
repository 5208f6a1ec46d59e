/** The checklist from knowledge/informational-interviews.md, fitted to how the meeting happens. */
export type MeetingMode = 'video' | 'phone' | 'in-person' | 'unknown';

/** How a meeting happens, from where it is: a link is a video call, a number a phone call, a place is in person. */
export function meetingMode(where: string | undefined): MeetingMode {
  const w = (where ?? '').trim();
  if (!w) return 'unknown';
  if (/^https?:\/\/|zoom|meet\.google|google meet|teams|webex|skype|whereby|jitsi|\bvideo\b/i.test(w)) return 'video';
  if (/\b(phone|call|tel)\b|^\+?[\d\s().-]{7,}$/i.test(w)) return 'phone';
  return 'in-person';
}

const BEFORE = 'Confirm the day before: the time, how you will meet, and how long you asked for.';
const QUESTIONS = 'Have your questions in front of you, with the must-asks marked.';
const TIME = 'Keep to the time you asked for, and offer to stop when it is up.';
const NAMES = 'Near the end, ask who else you should talk to, and whether you may use their name.';
const THANKS = 'Send a thank-you within 24 hours that names something specific you learned.';

const BY_MODE: Record<MeetingMode, string[]> = {
  video: [
    BEFORE,
    'Test the link, camera and microphone ten minutes before; join a minute early.',
    'Sit somewhere quiet and well lit, dressed as for an interview at this company; look at the camera when you speak.',
    QUESTIONS,
    TIME,
    NAMES,
    THANKS,
  ],
  phone: [
    BEFORE,
    'Agree who calls whom, and have the number ready.',
    'Take the call somewhere quiet, with your notes and questions open.',
    TIME,
    NAMES,
    THANKS,
  ],
  'in-person': [
    BEFORE,
    'Arrive 10–15 minutes early; dress as you would for an interview at this company.',
    'Bring your written questions and copies of your resume, but offer one only if asked.',
    'If you meet over coffee, offer to pay: they are giving you their time.',
    TIME,
    NAMES,
    THANKS,
  ],
  unknown: [
    BEFORE,
    'Dress as you would for an interview at this company; arrive early in person, test the link online.',
    QUESTIONS,
    'Bring copies of your resume, but offer one only if asked.',
    TIME,
    NAMES,
    THANKS,
  ],
};

export function etiquetteFor(mode: MeetingMode): readonly string[] {
  return BY_MODE[mode];
}
