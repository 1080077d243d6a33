import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code drawn as SVG, sized by its container; `label` is what it says for screen readers. */
export function QrCode({ value, label, size = 200 }: { value: string; label: string; size?: number }) {
  const [svg, setSvg] = useState<string>();
  useEffect(() => {
    let live = true;
    QRCode.toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((markup) => {
      if (live) setSvg(markup);
    });
    return () => {
      live = false;
    };
  }, [value]);
  if (!svg) return null;
  return (
    <img
      className="qr-code"
      src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`}
      alt={label}
      width={size}
      height={size}
    />
  );
}
