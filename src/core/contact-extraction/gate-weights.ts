// Written by src/cli/train-gate.ts from 769 TRAIN messages (Quagga Enron + ASF TRAIN, generator seed
// "gate-train") — do not edit by hand; retrain instead. Feature order: GATE_FEATURES in gate.ts.
import type { GateModel } from './gate';

export const GATE_MODEL: GateModel = {
  weights: [
    -3.219, // bias
    -1.0044, // unsubscribeLines
    -4.0374, // keyValueShare
    -1.2237, // upperKeyLines
    -50.5866, // tableShare
    0.8564, // phonesLog
    0.6284, // phonesOutsideBlockLog
    0.5878, // addressLinesLog
    2.6157, // urlShare
    0.2398, // linesLog
    0.9682, // greeting
    1.2807, // closing
    -0.4428, // firstPersonShare
    -0.5813, // secondPersonShare
    -0.8395, // roleSender
    -1.1934, // departmentName
    -1.5294, // noDisplayName
    2.0892, // blockLinesLog
    1.0462, // blockNameMatch
    -1.0441, // blockPhones
    -0.2977, // digitShare
    -1.8453, // longLineShare
    -2.4555, // separatorFooter
  ],
  threshold: 0.05,
};
