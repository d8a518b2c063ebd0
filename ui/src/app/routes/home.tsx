import { HomeHero } from '@/features/home/components/home-hero';
import { ProgrammeStats } from '@/features/home/components/programme-stats';
import { messages } from '@/i18n/es-CO';

export function HomeRoute() {
  return (
    <>
      <title>{messages.pageTitle(messages.nav.home)}</title>
      <HomeHero />
      <ProgrammeStats />
    </>
  );
}
