import { secureHeaders } from 'hono/secure-headers';

/**
 * The Content-Security-Policy for every response. The SPA is one module script and hashed
 * files from our own origin, and it talks only to `/api` on that origin, so everything is 'self'.
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  // No 'unsafe-inline' and no 'unsafe-eval': Vite emits only external module scripts.
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  // Two libraries insert <style> elements at run time: sonner (its toast CSS) and
  // react-remove-scroll-bar (used by Radix Dialog; its CSS carries the measured scroll-bar
  // width, so no hash can cover it). Only <style> elements get 'unsafe-inline'; `style="…"`
  // attributes stay blocked (React sets styles through CSSOM, which CSP does not govern).
  styleSrcElem: ["'self'", "'unsafe-inline'"],
  // Connector logos: Logto's own are data: URIs, a custom connector's may live on any https host.
  imgSrc: ["'self'", 'data:', 'https:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  // The embedded API's service worker (/mockServiceWorker.js) is served from our origin.
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameSrc: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy,
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    // Matches frame-ancestors 'none' for browsers that predate it.
    xFrameOptions: 'DENY',
    permissionsPolicy: {
      accelerometer: [],
      camera: [],
      geolocation: [],
      gyroscope: [],
      magnetometer: [],
      microphone: [],
      payment: [],
      usb: [],
      browsingTopics: [],
    },
  });
