// Written by src/cli/train-gate.ts from 769 TRAIN messages (Quagga Enron + ASF TRAIN, generator seed
// "gate-train") — do not edit by hand; retrain instead. Feature order: GATE_FEATURES in gate.ts.
import type { GateModel } from './gate';

export const GATE_MODEL: GateModel = {
  weights: [
    -3.7451, // bias
    -0.7562, // unsubscribeLines
    -4.127, // keyValueShare
    -0.7941, // upperKeyLines
    -32.1535, // tableShare
    0.6804, // phonesLog
    -0.9566, // phonesOutsideBlockLog
    0.382, // addressLinesLog
    2.3863, // urlShare
    0.4563, // linesLog
    0.5903, // greeting
    1.0552, // closing
    -0.7293, // firstPersonShare
    -0.7994, // secondPersonShare
    -1.2241, // roleSender
    -1.2221, // departmentName
    -1.0867, // noDisplayName
    2.9062, // blockLinesLog
    -0.103, // blockNameMatch
    -0.3118, // blockPhones
    -2.1562, // digitShare
    -1.3031, // longLineShare
    -0.839, // separatorFooter
  ],
  threshold: 0.1,
};
