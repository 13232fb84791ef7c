import sharp, { type Sharp } from 'sharp';

/**
 * Pictures for the tests, drawn by sharp: never a real photo. A "camera photo" carries what a
 * phone's photo does and the site must never publish: EXIF with the camera, time and GPS
 * position, a description and author, XMP, IPTC, a JPEG comment and a wide-gamut colour profile.
 */

/** Words hidden in a camera photo's metadata: none may reach a published file. */
export const SECRETS = {
  description: 'Informant Asel at the safe house',
  author: 'Source Name Kept Private',
  xmp: 'XmpSecretLocationBishkek',
  iptc: 'IptcSecretByline',
  comment: 'JpegCommentSecret',
} as const;

/** A smooth, photo-like field of colour with some grain, `width` x `height`. */
export async function drawPhoto(width: number, height: number, seed = 1): Promise<Sharp> {
  const cells = Buffer.alloc(8 * 6 * 3);
  for (let index = 0; index < cells.length; index++) {
    cells[index] = (index * 97 + seed * 61) % 256;
  }
  const field = await sharp(cells, { raw: { width: 8, height: 6, channels: 3 } })
    .resize(width, height, { kernel: 'cubic', fit: 'fill' })
    .png({ compressionLevel: 0 })
    .toBuffer();
  const grain = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 8 },
    },
  })
    .png({ compressionLevel: 0 })
    .toBuffer();
  return sharp(field).composite([{ input: grain, blend: 'overlay' }]);
}

/** A JPEG segment: marker, big-endian length (itself included), payload. */
function segment(marker: number, payload: Buffer): Buffer {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/** IPTC in a Photoshop APP13 segment: a By-line (2:80). */
function iptcSegment(text: string): Buffer {
  const value = Buffer.from(text, 'latin1');
  const dataset = Buffer.concat([
    Buffer.from([0x1c, 2, 80, value.length >> 8, value.length & 0xff]),
    value,
  ]);
  const resource = Buffer.concat([
    Buffer.from('8BIM', 'latin1'),
    Buffer.from([0x04, 0x04, 0, 0]),
    Buffer.from([0, 0, dataset.length >> 8, dataset.length & 0xff]),
    dataset,
    dataset.length % 2 ? Buffer.from([0]) : Buffer.alloc(0),
  ]);
  return segment(0xed, Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]));
}

/**
 * A camera photo, upright only once its EXIF orientation (6: turned a quarter) is applied:
 * stored `width` x `height`, shown `height` x `width`.
 */
export async function cameraPhoto(width: number, height: number): Promise<Buffer> {
  const xmp =
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    `<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>${SECRETS.xmp}</dc:description>` +
    '</rdf:Description></rdf:RDF></x:xmpmeta>';
  const jpeg = await (
    await drawPhoto(width, height)
  )
    .withIccProfile('p3')
    .withExif({
      IFD0: {
        ImageDescription: SECRETS.description,
        Artist: SECRETS.author,
        Make: 'PhoneMaker',
        Model: 'Phone 12',
        DateTime: '2026:03:01 09:15:00',
      },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '42/1 52/1 30/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '74/1 36/1 0/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .withXmp(xmp)
    .jpeg({ quality: 85 })
    .toBuffer();
  // After the SOI marker: IPTC and a comment, which sharp does not write itself.
  return Buffer.concat([
    jpeg.subarray(0, 2),
    iptcSegment(SECRETS.iptc),
    segment(0xfe, Buffer.from(SECRETS.comment, 'latin1')),
    jpeg.subarray(2),
  ]);
}
