import { NoticePage } from '@/components/ui/notice-page';
import { messages } from '@/i18n/es-CO';

/** Shown inside the layout when rendering a page throws, instead of React Router's English default. */
export function RouteErrorBoundary() {
  const t = messages.routeError;
  return <NoticePage title={t.title} text={t.text} backHomeLabel={t.backHome} />;
}
