import { zodResolver } from '@hookform/resolvers/zod';
import { normalizeReservationCode } from '@kakanai/domain';
import { TextField } from '@kakanai/ui';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { managePath, parseManageLink } from './manage-link.ts';
import { savedTokenFor } from './my-bookings.ts';

// The code alone opens nothing (it is short enough to guess); the link's token does. The code
// is enough only on a device that kept the token when the booking was made or opened.
const LookupSchema = z
  .object({ code: z.string().trim(), link: z.string().trim() })
  .superRefine((value, ctx) => {
    const fromLink = value.link ? parseManageLink(value.link) : undefined;
    if (value.link && !fromLink) ctx.addIssue({ code: 'custom', path: ['link'], message: 'invalid_link' });
    if (value.code && !normalizeReservationCode(value.code)) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'invalid_code' });
      return;
    }
    if (!value.link && !value.code) {
      ctx.addIssue({ code: 'custom', path: ['link'], message: 'link_required' });
    } else if (!value.link && !savedTokenFor(value.code)) {
      ctx.addIssue({ code: 'custom', path: ['link'], message: 'link_needed_for_code' });
    } else if (fromLink && value.code && normalizeReservationCode(value.code) !== fromLink.code) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'code_mismatch' });
    }
  });
type LookupValues = z.input<typeof LookupSchema>;

/** Opens a booking from its manage link, or from its code on a device that remembers it. */
export function LookupForm({ initialCode = '' }: { initialCode?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LookupValues>({
    resolver: zodResolver(LookupSchema),
    defaultValues: { code: normalizeReservationCode(initialCode) ?? '', link: '' },
  });
  const message = (field: keyof LookupValues) => {
    const error = errors[field];
    return error?.message ? t(`lookup.errors.${error.message}`) : undefined;
  };
  return (
    <form
      noValidate
      className="lookup-form"
      onSubmit={handleSubmit((values) => {
        const fromLink = values.link ? parseManageLink(values.link) : undefined;
        const code = fromLink?.code ?? normalizeReservationCode(values.code)!;
        const token = fromLink?.token ?? savedTokenFor(code)!;
        navigate(managePath(code, token));
      })}
    >
      <TextField
        id="lookup-link"
        label={t('lookup.link')}
        hint={t('lookup.linkHint')}
        error={message('link')}
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        {...register('link')}
      />
      <TextField
        id="lookup-code"
        label={t('lookup.code')}
        hint={t('lookup.codeHint')}
        error={message('code')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        className="input-code"
        {...register('code')}
      />
      <div className="actions">
        <button type="submit" className="primary">
          {t('lookup.submit')}
        </button>
      </div>
    </form>
  );
}
