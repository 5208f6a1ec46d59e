/** The checklist from knowledge/informational-interviews.md, fitted to how the meeting happens. */
export type MeetingMode = 'video' | 'phone' | 'in-person' | 'unknown';

/**
 * Words that say how a meeting happens, in the languages our users plan in (en, de, nl, fr, es).
 * Video first: "Videotelefonat", "appel vidéo", "videollamada" and "videobellen" hold a phone word.
 */
const VIDEO =
  /zoom\.us|\bzoom\b|meet\.google|google meet|microsoft teams|\bteams[- ](?:call|meeting|link)|webex|skype|whereby|jitsi|facetime|\bvideo|\bvidéo|\bvisio|\bbeeldbel/iu;
const PHONE =
  /(?<![\p{L}])(?:phone|telephone|tel|call|telefon(?:at|isch|ie|gespräch|termin)?|anruf|anrufen|telefoon(?:gesprek)?|telefonisch|bellen|belt|gebeld|t[ée]l[ée]phone|t[ée]l[ée]phonique|appel|llamada|llamar|tel[ée]fono)(?![\p{L}])/iu;
const IN_PERSON =
  /\bin[- ]person\b|\bface[- ]to[- ]face\b|\bover (?:coffee|lunch)\b|\bvor ort\b|\bpersönlich\b|\bim büro\b|\bop locatie\b|\bop kantoor\b|\bpersoonlijk\b|\ben personne\b|\bpr[ée]sentiel\b|\bsur place\b|\ben persona\b|\bpresencial\b|\ben la oficina\b/iu;
/** Notes are free text: "teams" and a bare "call" may be anything there ("she leads two teams", "call her assistant"). */
const NOTES_PHONE =
  /(?<![\p{L}])(?:phone call|by phone|over the phone|on the phone|telephone|telefon(?:at|isch|ie|gespräch|termin)?|anruf|ruft (?:\p{L}+ )?an|telefoon(?:gesprek)?|telefonisch|bellen|t[ée]l[ée]phone|t[ée]l[ée]phonique|par t[ée]l|llamada|por tel[ée]fono)(?![\p{L}])/iu;

/** The medium a text names, or undefined. */
function named(text: string, phone: RegExp): MeetingMode | undefined {
  if (VIDEO.test(text)) return 'video';
  if (phone.test(text)) return 'phone';
  if (IN_PERSON.test(text)) return 'in-person';
  return undefined;
}

/**
 * How a meeting happens, from where it is ("Videocall", "Telefonat", "vor Ort", a link, a number,
 * an address): a link or a video word is a video call, a number or a phone word a phone call, any
 * other place in person. With no place given, the user's notes may say it ("Sie ruft an,
 * telefonisch", "en persona en su oficina"); a place given wins over a fallback the notes mention.
 */
export function meetingMode(where: string | undefined, notes?: string): MeetingMode {
  const w = (where ?? '').trim();
  if (/^https?:\/\//i.test(w)) return 'video';
  if (/^\+?[\d\s().-]{7,}$/.test(w)) return 'phone';
  if (w) return named(w, PHONE) ?? (/\bteams\b/i.test(w) ? 'video' : 'in-person');
  return named(notes ?? '', NOTES_PHONE) ?? 'unknown';
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
