import { useEffect, useRef } from "react";
import { useI18n } from "../i18n/I18nProvider";

/** The part of the Barcode Detection API used here (Chromium on Android, ChromeOS and macOS). */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** The browser's barcode detector, where it has one; elsewhere the code is pasted. */
export function barcodeDetector(): BarcodeDetectorClass | null {
  return (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector ?? null;
}

/**
 * The camera, looking for a QR code until one is read (`onCode` gets its text) or the scanner
 * is closed. Looks a few times a second rather than on every frame: a phone's battery lasts.
 */
export function CodeScanner({
  onCode,
  onError,
}: {
  onCode: (text: string) => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const Detector = barcodeDetector();
    if (!Detector) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const detector = new Detector({ formats: ["qr_code"] });
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then(async (s) => {
        stream = s;
        if (stopped || !video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        timer = setInterval(() => {
          if (!video.current) return;
          void detector
            .detect(video.current)
            .catch(() => [])
            .then(([found]) => {
              if (found && !stopped) {
                stopped = true;
                onCode(found.rawValue);
              }
            });
        }, 250);
      })
      .catch(onError);
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [onCode, onError]);
  return (
    <div className="code-scanner">
      <p>{t("registrar.scanning")}</p>
      <video ref={video} muted playsInline aria-label={t("registrar.scanning")} width={320} />
    </div>
  );
}
