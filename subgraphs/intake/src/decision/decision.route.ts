import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from '@veiinn/kit';
import type { Express } from 'express';
import { isUuid } from '../application/application.rules';
import { createIntakeLoaders, type IntakeSettings } from '../context';
import { Decision } from './decision.entity';
import { LetterLanguage } from './decision.enums';
import { decisionLetter, letterText } from './decision.letter';
import { letterFacts } from './decision.resolver';

/**
 * `GET /decisions/:id/letter?lang=nb|en`: the decision letter as plain text (UTF-8), for printing or sending. The same
 * letter as `Decision.letter` in the graph, built from the same facts.
 */
export function decisionLetterRoutes(app: Express, orm: MikroORM, settings: IntakeSettings, logger: Logger): void {
  app.get('/decisions/:id/letter', async (req, res) => {
    const lang = String(req.query['lang'] ?? 'nb').toUpperCase();
    if (lang !== LetterLanguage.NB && lang !== LetterLanguage.EN) {
      res.status(400).type('text/plain').send('lang must be nb or en.\n');
      return;
    }
    try {
      const em = orm.em.fork();
      const id = req.params.id;
      const decision = isUuid(id) ? await em.findOne(Decision, { id }) : null;
      if (!decision) {
        res.status(404).type('text/plain').send(`No decision has the id "${id}".\n`);
        return;
      }
      const language = lang as LetterLanguage;
      const letter = decisionLetter(await letterFacts(decision, createIntakeLoaders(em, settings), language), language);
      res
        .status(200)
        .type('text/plain; charset=utf-8')
        .set('content-language', language === LetterLanguage.NB ? 'nb' : 'en')
        .send(letterText(letter));
    } catch (error) {
      logger.error('Decision letter failed', { error: String(error) });
      res.status(500).type('text/plain').send('Internal error.\n');
    }
  });
}
