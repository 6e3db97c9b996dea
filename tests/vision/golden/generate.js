// Computes reference face descriptors with @vladmandic/face-api's own implementation
// (dist/face-api.node-wasm.js on tfjs 4.22.0's WebAssembly backend), for tst_facedescriptornet.
// See README.md; run through generate.sh, which makes the chips this script reads.
//   node generate.js CHIP_DIR MODEL_DIR OUTPUT.json
'use strict';

const fs = require('fs');
const path = require('path');
const tf = require('@tensorflow/tfjs');
require('@tensorflow/tfjs-backend-wasm');
const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js');

// A binary PPM (P6, maxval 255) as an int32 [h, w, 3] RGB tensor.
function readPpm(file) {
  const bytes = fs.readFileSync(file);
  const fields = [];
  let pos = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[pos]))) pos++;
    if (bytes[pos] === 0x23) { // a comment runs to the end of the line
      while (bytes[pos] !== 0x0a) pos++;
      continue;
    }
    let token = '';
    while (!/\s/.test(String.fromCharCode(bytes[pos]))) token += String.fromCharCode(bytes[pos++]);
    fields.push(token);
  }
  pos++; // the single whitespace byte after maxval
  const [magic, width, height, maxval] = [fields[0], Number(fields[1]), Number(fields[2]), Number(fields[3])];
  if (magic !== 'P6' || maxval !== 255) throw new Error(`${file}: not an 8-bit P6 PPM`);
  const data = Int32Array.from(bytes.subarray(pos, pos + width * height * 3));
  return tf.tensor3d(data, [height, width, 3], 'int32');
}

async function main() {
  const [chipDir, modelDir, output] = process.argv.slice(2);
  if (!output) throw new Error('usage: node generate.js CHIP_DIR MODEL_DIR OUTPUT.json');
  await tf.setBackend('wasm');
  await tf.ready();
  await faceapi.nets.faceRecognitionNet.loadFromDisk(modelDir);

  const names = fs.readFileSync(path.join(__dirname, 'chips.txt'), 'utf8').split('\n').filter((l) => l.trim());
  const chips = [];
  for (let i = 0; i < names.length; i++) {
    const tensor = readPpm(path.join(chipDir, `${i}.ppm`));
    const descriptor = await faceapi.computeFaceDescriptor(tensor);
    tensor.dispose();
    chips.push({ image: names[i], descriptor: Array.from(descriptor, (v) => Number(v.toPrecision(9))) });
  }
  const result = {
    generator: 'tests/vision/golden/generate.js',
    faceapi: faceapi.version,
    tfjs: tf.version_core,
    backend: tf.getBackend(),
    crop: 'central 150x150 of each image (lfw-dev images are 150x150, so the whole image), RGB',
    chips,
  };
  fs.writeFileSync(output, `${JSON.stringify(result, null, 1)}\n`);
  console.log(`wrote ${chips.length} descriptors to ${output} (face-api ${faceapi.version}, tfjs ${tf.version_core}, ${tf.getBackend()})`);
}

main().catch((e) => { console.error(e); process.exit(1); });
