/**
 * What an editor must fix before the site can be built: bad stories, pictures or settings, each
 * as one line, `file: field: reason`, all of them at once. The build prints them as they are,
 * without a stack trace (a stack is for the code's own faults), and exits with a failure.
 */
export class BuildProblems extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'BuildProblems';
    this.problems = problems;
  }
}
