/** The Gmail host emulation: event objects as Gmail builds them, and a session that drives an add-on's cards. */
export * from './events';
export * from './session';
export * from './open-link';
