import { NoticePage } from '@/components/ui/notice-page';
import { messages } from '@/i18n/es-CO';

type Section = 'suppliers' | 'anchors' | 'ruedas' | 'signIn';

/** An honest placeholder for a section that is not built yet: what it will do, and no made-up data. */
export function ComingSoonRoute({ section }: { section: Section }) {
  const { title, text } = messages.comingSoon[section];
  return (
    <NoticePage
      badge={messages.comingSoon.badge}
      title={title}
      text={text}
      backHomeLabel={messages.comingSoon.backHome}
    />
  );
}
