// Reads a PNG's size from its header, checking the signature and that the first chunk is IHDR.
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngSize(data: Uint8Array): { width: number; height: number } {
  if (data.length < 24 || SIGNATURE.some((byte, index) => data[index] !== byte)) throw new Error('not a PNG: bad signature');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (String.fromCharCode(...data.subarray(12, 16)) !== 'IHDR') throw new Error('not a PNG: the first chunk is not IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** True when the PNG ends with its IEND chunk, so the file is complete. */
export function pngComplete(data: Uint8Array): boolean {
  return String.fromCharCode(...data.subarray(data.length - 8, data.length - 4)) === 'IEND';
}
