export function startsWithBytes(input: Buffer, signature: readonly number[]): boolean {
  return input.length >= signature.length && signature.every((byte, index) => input[index] === byte);
}
