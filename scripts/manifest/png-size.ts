// Reads a PNG's width and height from its header (signature, then the IHDR chunk), without decoding the image.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface ImageSize {
  width: number;
  height: number;
}

/** Returns null when the bytes are not a PNG. */
export function readPngSize(bytes: Buffer): ImageSize | null {
  const hasSignature = bytes.length >= 24 && bytes.subarray(0, 8).equals(PNG_SIGNATURE);
  const firstChunkIsHeader = hasSignature && bytes.toString("latin1", 12, 16) === "IHDR";

  if (!firstChunkIsHeader) {
    return null;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
