import nodemailer from 'nodemailer';
import type { Logger } from '../../core/shared/logger.ts';

export interface InviteMail {
  to: string;
  inviteeName: string | null;
  accountName: string;
  inviterName: string;
  link: string;
  expiresAt: string;
}

export interface VerificationMail {
  to: string;
  name: string;
  accountName: string;
  link: string;
  expiresAt: string;
}

export interface SalesLeadMail {
  /** The sales inbox (SALES_EMAIL). */
  to: string;
  lead: {
    company: string;
    seats: number;
    needs: string;
    contactName: string;
    contactEmail: string;
    phone: string | null;
  };
}

/** `sent` went to the SMTP server; `logged` was printed (development, no SMTP); `skipped` neither. */
export type MailOutcome = 'sent' | 'logged' | 'skipped';

export interface NoticeMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  sendInvite(mail: InviteMail): Promise<MailOutcome>;
  sendVerification(mail: VerificationMail): Promise<MailOutcome>;
  /** Only with SMTP: a lead is stored either way, and its contents are never logged. */
  sendSalesLead(mail: SalesLeadMail): Promise<MailOutcome>;
  /** A plain notice to one person (trial reminders); logged instead in development without SMTP. */
  sendNotice(mail: NoticeMail): Promise<MailOutcome>;
}

/**
 * Invite mail over SMTP (`SMTP_URL`, e.g. smtp://user:pass@mail.example:587). Without SMTP the link
 * is printed to the log in development so a local install can still invite people; in production
 * it is never logged (an invite link is a credential), and the admin is told it was not sent.
 */
export function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  nodeEnv: 'development' | 'test' | 'production';
  logger: Logger;
}): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  return {
    async sendInvite(mail) {
      const greeting = mail.inviteeName ? `Hi ${mail.inviteeName},` : 'Hi,';
      const text = [
        greeting,
        '',
        `${mail.inviterName} invited you to ${mail.accountName} on ResolutionFlow.`,
        `Accept the invitation and choose a password here (the link works once, until ${mail.expiresAt}):`,
        '',
        mail.link,
        '',
        'If you were not expecting this, ignore this email.',
      ].join('\n');
      if (transport) {
        await transport.sendMail({
          from: options.from,
          to: mail.to,
          subject: `You're invited to ${mail.accountName} on ResolutionFlow`,
          text,
        });
        return 'sent';
      }
      if (options.nodeEnv !== 'production') {
        options.logger.info(
          { to: mail.to, link: mail.link },
          'invite link (SMTP_URL is not set, so it was not emailed)',
        );
        return 'logged';
      }
      options.logger.warn({ to: mail.to }, 'invite created but not emailed: SMTP_URL is not set');
      return 'skipped';
    },

    async sendVerification(mail) {
      const text = [
        `Hi ${mail.name},`,
        '',
        `Confirm that ${mail.to} is your address to keep using ${mail.accountName} on ResolutionFlow.`,
        `Open this link (it works until ${mail.expiresAt}):`,
        '',
        mail.link,
        '',
        'Until you do, everything works for 7 days after signup; after that the account is read-only',
        'until the address is confirmed. If you did not sign up, ignore this email.',
      ].join('\n');
      if (transport) {
        await transport.sendMail({
          from: options.from,
          to: mail.to,
          subject: 'Confirm your email for ResolutionFlow',
          text,
        });
        return 'sent';
      }
      if (options.nodeEnv !== 'production') {
        options.logger.info(
          { to: mail.to, link: mail.link },
          'email verification link (SMTP_URL is not set, so it was not emailed)',
        );
        return 'logged';
      }
      options.logger.warn({ to: mail.to }, 'verification link not emailed: SMTP_URL is not set');
      return 'skipped';
    },

    async sendSalesLead(mail) {
      if (!transport) return 'skipped';
      const { lead } = mail;
      const text = [
        `Company: ${lead.company}`,
        `Seats: ${lead.seats}`,
        `Contact: ${lead.contactName} <${lead.contactEmail}>${lead.phone ? `, ${lead.phone}` : ''}`,
        '',
        'Needs:',
        lead.needs,
      ].join('\n');
      await transport.sendMail({
        from: options.from,
        to: mail.to,
        replyTo: lead.contactEmail,
        subject: `Talk to sales: ${lead.company} (${lead.seats} seats)`,
        text,
      });
      return 'sent';
    },

    async sendNotice(mail) {
      if (transport) {
        await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
        return 'sent';
      }
      options.logger.info({ to: mail.to, subject: mail.subject }, 'notice not emailed: SMTP_URL is not set');
      return options.nodeEnv === 'production' ? 'skipped' : 'logged';
    },
  };
}
