import { NoticePage } from '@/components/ui/notice-page';
import { messages } from '@/i18n/es-CO';

export function NotFoundRoute() {
  const t = messages.notFound;
  return <NoticePage title={t.title} text={t.text} backHomeLabel={t.backHome} />;
}
