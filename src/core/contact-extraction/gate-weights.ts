// Written by src/cli/train-gate.ts from 769 TRAIN messages (Quagga Enron + ASF TRAIN, generator seed
// "gate-train") — do not edit by hand; retrain instead. Feature order: GATE_FEATURES in gate.ts.
import type { GateModel } from './gate';

export const GATE_MODEL: GateModel = {
  weights: [
    -3.7407, // bias
    -0.7864, // unsubscribeLines
    -4.0979, // keyValueShare
    -0.7935, // upperKeyLines
    -32.1446, // tableShare
    0.685, // phonesLog
    -0.9632, // phonesOutsideBlockLog
    0.3835, // addressLinesLog
    2.3719, // urlShare
    0.4572, // linesLog
    0.5895, // greeting
    1.0575, // closing
    -0.7315, // firstPersonShare
    -0.812, // secondPersonShare
    -1.2584, // roleSender
    -1.2326, // departmentName
    -1.0853, // noDisplayName
    2.894, // blockLinesLog
    -0.117, // blockNameMatch
    -0.2956, // blockPhones
    -2.1182, // digitShare
    -1.311, // longLineShare
    -0.8136, // separatorFooter
  ],
  threshold: 0.1,
};
