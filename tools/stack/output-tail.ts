/**
 * The last lines a process printed, up to a number of characters, for failure messages. Adding a
 * line costs the same however much is kept: a benchmark's services print thousands of lines a
 * second, and re-slicing one growing string copied the whole tail for every line, CPU the
 * launcher then took from the services it measures on the same cores.
 */
export class OutputTail {
  private lines: string[] = [];
  private first = 0;
  private chars = 0;

  constructor(private readonly limit: number) {}

  push(line: string): void {
    this.lines.push(line);
    this.chars += line.length + 1;
    while (this.chars > this.limit && this.first < this.lines.length - 1) {
      this.chars -= this.lines[this.first].length + 1;
      this.first += 1;
    }
    // Drop the lines let go once they are the larger part, so the array stays bounded too.
    if (this.first > 1024 && this.first * 2 > this.lines.length) {
      this.lines = this.lines.slice(this.first);
      this.first = 0;
    }
  }

  /** The kept lines, each ending in a newline. */
  text(): string {
    let text = '';
    for (let i = this.first; i < this.lines.length; i++) text += `${this.lines[i]}\n`;
    return text;
  }
}
