import { messages } from '@/i18n/es-CO';
import styles from './home-hero.module.css';

const t = messages.home;

export function HomeHero() {
  return (
    <section className={styles.hero} aria-labelledby="home-title">
      <h1 id="home-title" className={styles.title}>
        {t.title}
      </h1>
      <p className={styles.lead}>{t.lead}</p>
      <h2 className="visually-hidden">{t.pillarsHeading}</h2>
      <ul className={styles.pillars}>
        {t.pillars.map((pillar) => (
          <li key={pillar.title} className={styles.pillar}>
            <h3 className={styles.pillarTitle}>{pillar.title}</h3>
            <p>{pillar.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
