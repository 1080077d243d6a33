import { normalizeReservationCode } from '@kakanai/domain';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The Barcode Detection API isn't in TypeScript's DOM library yet.
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorInstance {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
}
const detectorClass = () =>
  (globalThis as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;

const SCAN_EVERY_MS = 250;
// The same code held in front of the camera is one check-in, not four a second.
const SAME_CODE_PAUSE_MS = 8_000;

/** The booking code in a scanned QR code: the code itself, or a manage link that names it. */
export function codeFromQr(raw: string): string | undefined {
  const direct = normalizeReservationCode(raw);
  if (direct) return direct;
  const match = /\/reservations\/([^/?#]+)/.exec(raw);
  return match?.[1] ? normalizeReservationCode(decodeURIComponent(match[1])) : undefined;
}

/**
 * Whether this tablet can scan QR codes: a camera API and a browser with the Barcode Detection
 * API that reads QR. Undefined while asking; the kiosk shows only the keypad when false.
 */
export function useQrScanSupport(): boolean | undefined {
  const [supported, setSupported] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    const Detector = detectorClass();
    if (!Detector || !navigator.mediaDevices?.getUserMedia) {
      setSupported(false);
      return;
    }
    let live = true;
    Detector.getSupportedFormats()
      .then((formats) => live && setSupported(formats.includes('qr_code')))
      .catch(() => live && setSupported(false));
    return () => {
      live = false;
    };
  }, []);
  return supported;
}

/**
 * The tablet's front camera, reading the QR code a resident holds up. Stops the camera when the
 * screen changes. Says so, and leaves the keypad, when the camera can't be used.
 */
export function QrScanner({ paused, onCode }: { paused: boolean; onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<'starting' | 'scanning' | 'failed'>('starting');
  const [unreadable, setUnreadable] = useState(false);
  const found = useEffectEvent((raw: string) => {
    if (paused) return false;
    const code = codeFromQr(raw);
    setUnreadable(!code);
    if (code) onCode(code);
    return Boolean(code);
  });

  useEffect(() => {
    const Detector = detectorClass();
    if (!Detector) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let last = { code: '', at: 0 };
    const detector = new Detector({ formats: ['qr_code'] });

    const scan = async () => {
      const element = video.current;
      if (stopped || !element) return;
      try {
        if (element.readyState >= 2) {
          const [barcode] = await detector.detect(element);
          const raw = barcode?.rawValue;
          if (raw && (raw !== last.code || Date.now() - last.at > SAME_CODE_PAUSE_MS)) {
            if (found(raw)) last = { code: raw, at: Date.now() };
          }
        }
      } catch {
        // One unreadable frame; the next may do.
      }
      if (!stopped) timer = setTimeout(scan, SCAN_EVERY_MS);
    };

    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'user', width: { ideal: 1280 } }, audio: false })
      .then((media) => {
        if (stopped) {
          for (const track of media.getTracks()) track.stop();
          return;
        }
        stream = media;
        if (video.current) {
          video.current.srcObject = media;
          void video.current.play().catch(() => undefined);
        }
        setState('scanning');
        void scan();
      })
      .catch(() => setState('failed'));

    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  if (state === 'failed') {
    return (
      <div className="qr-scanner qr-scanner--failed">
        <p>{t('kiosk.checkIn.cameraFailed')}</p>
      </div>
    );
  }
  return (
    <div className="qr-scanner">
      <p className="qr-scanner-prompt">{t('kiosk.checkIn.scanPrompt')}</p>
      <div className="qr-scanner-frame">
        {/* The preview only helps aim; it says nothing a screen reader could use. */}
        <video ref={video} className="qr-scanner-video" muted playsInline tabIndex={-1} aria-hidden="true" />
        <span className="qr-scanner-target" aria-hidden="true" />
      </div>
      {unreadable ? (
        <p className="qr-scanner-unreadable" role="status">
          {t('kiosk.checkIn.notABookingQr')}
        </p>
      ) : null}
    </div>
  );
}
