import type { SiteConfig } from '../../shared/config/site-config-schema.ts';

export interface SendNewsLink {
  channel: 'Telegram' | 'WhatsApp';
  href: string;
}

/** The newsroom's tip lines, built only from validated handles. */
export function sendNewsLinks(
  config: Pick<SiteConfig, 'telegram' | 'whatsapp'>,
  prefill: string,
): SendNewsLink[] {
  return [
    { channel: 'Telegram', href: `https://t.me/${config.telegram}` },
    {
      channel: 'WhatsApp',
      href: `https://wa.me/${config.whatsapp}?text=${encodeURIComponent(prefill)}`,
    },
  ];
}
