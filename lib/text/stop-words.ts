/**
 * Words too common to tell texts apart, in the languages Rapport reads (English, German, French):
 * search leaves them out of a clip's index words, the prep engine out of its comparisons.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an one out the and or but not no nor of to in on at for with from by about as into onto upon over than then so if ' +
    'is are was were be been being do does did have has had will would could should may might can ' +
    'i me my we our ours you your yours he him his she her it its they them their this that these those ' +
    'what which who whom how why when where there here all any some such only other more most very just also really ' +
    'der die das und ein eine einen mit von den dem des ist sich auf für im zu nicht ' +
    'le la les un une des et pour dans par sur est qui que aux avec ses du au en'
  ).split(' '),
);
