/** An error with a message meant for the person using Rapport, and a code meant for tests. */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
