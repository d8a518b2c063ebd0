import { useEffect, useRef, useState } from 'react';
import { messages } from '@/i18n/es-CO';
import styles from './rueda-day.module.css';

const t = messages.ruedaDay.checkIn;

/** The Shape Detection API's barcode reader (Chromium on Android and desktop); not in TypeScript's DOM types yet. */
type BarcodeDetectorLike = { detect: (source: CanvasImageSource) => Promise<Array<{ rawValue: string }>> };
type BarcodeDetectorClass = new (options?: { formats?: string[] }) => BarcodeDetectorLike;

function barcodeDetector(): BarcodeDetectorClass | null {
  const candidate = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  return typeof candidate === 'function' ? candidate : null;
}

/** Whether this browser can read a QR through the camera; otherwise the desk types the code. */
export function canScanQr(): boolean {
  return barcodeDetector() !== null && typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

/**
 * The back camera's picture, read a few times a second until a QR code shows up; then the camera is released
 * and `onCode` gets the text. Stopping (or leaving the page) releases the camera as well.
 */
export function QrScanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  // The latest callback without restarting the camera on every render.
  const handler = useRef(onCode);
  useEffect(() => {
    handler.current = onCode;
  }, [onCode]);

  useEffect(() => {
    const Detector = barcodeDetector();
    if (!Detector) return;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;
    const detector = new Detector({ formats: ['qr_code'] });

    const stop = () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };

    const tick = async () => {
      if (stopped || !video.current) return;
      try {
        if (video.current.readyState >= 2) {
          const found = await detector.detect(video.current);
          const text = found[0]?.rawValue;
          if (text && !stopped) {
            stop();
            handler.current(text);
            return;
          }
        }
      } catch {
        // A frame the detector could not read: try the next one.
      }
      timer = window.setTimeout(() => void tick(), 250);
    };

    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (s) => {
        if (stopped) {
          s.getTracks().forEach((track) => track.stop());
          return;
        }
        stream = s;
        if (video.current) {
          video.current.srcObject = s;
          await video.current.play().catch(() => undefined);
        }
        void tick();
      })
      .catch(() => setFailed(true));

    return stop;
  }, []);

  return (
    <div className={styles.scanner}>
      {failed ? (
        <p role="alert">{t.cameraDenied}</p>
      ) : (
        <>
          <p role="status">{t.scanning}</p>
          <video ref={video} className={styles.video} muted playsInline aria-label={t.videoLabel} />
        </>
      )}
      <button type="button" className="button button-secondary" onClick={onClose}>
        {t.stopScan}
      </button>
    </div>
  );
}
